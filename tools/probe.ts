import { generateDemoSystem, generateDemoSurveyMonths, generateDemoDecisions } from '@stewardship/demo-data';
let t = Date.now();
const s = generateDemoSystem({ scale: 'large' });
console.log('system', Date.now() - t, s.organisations.length, s.places.length, s.forums.length, s.seats.length, s.people.length);
t = Date.now();
const d = generateDemoDecisions(s);
console.log('decisions', Date.now() - t, d.length, d.reduce((n, x) => n + x.participants.length, 0));
t = Date.now();
let i = 0;
for (const m of generateDemoSurveyMonths(s, { decisions: d })) { console.log(m.round.month, Date.now() - t, m.responses.length, m.staffResponses.length, m.ratings.length); if (++i >= 3) break; }
