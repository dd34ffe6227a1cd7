/*
 * The name parts the demo generator combines. All places, councils and most organisations are
 * fictional; a few regional bodies (the ambulance service) carry realistic names on purpose.
 */

export const SYSTEM_STEM = 'Northshire';
export const SYSTEM_NAME = `${SYSTEM_STEM} ICS`;
export const SYSTEM_ODS_CODE = 'QNS';
export const SYSTEM_REGION = 'North East and Yorkshire';
export const COUNTY_COUNCIL_NAME = `${SYSTEM_STEM} County Council`;

export interface PlaceDefinition {
  name: string;
  localAuthority: string;
  /** E069xxxxx lies beyond the real unitary-authority codes, so it cannot be mistaken for a real area. */
  onsCode: string;
}

/** The standard demo uses the first four places; the large one uses all eight. */
export const PLACE_DEFINITIONS: readonly PlaceDefinition[] = [
  { name: 'Ashby', localAuthority: 'Ashby Borough Council', onsCode: 'E06000901' },
  { name: 'Brackenford', localAuthority: 'Brackenford City Council', onsCode: 'E06000902' },
  { name: 'Carrow Vale', localAuthority: 'Carrow Vale Council', onsCode: 'E06000903' },
  { name: 'Dunmere', localAuthority: 'Dunmere Borough Council', onsCode: 'E06000904' },
  { name: 'Eskerby', localAuthority: 'Eskerby Borough Council', onsCode: 'E06000905' },
  { name: 'Fallowdale', localAuthority: 'Fallowdale Council', onsCode: 'E06000906' },
  { name: 'Greythorpe', localAuthority: 'Greythorpe Borough Council', onsCode: 'E06000907' },
  { name: 'Hexley Moor', localAuthority: 'Hexley Moor Council', onsCode: 'E06000908' },
];

/** Neighbourhood names are a prefix and a suffix, e.g. "Kirk" + "ton". */
export const NEIGHBOURHOOD_PREFIXES = [
  'Alder', 'Bar', 'Birk', 'Bram', 'Brook', 'Burn', 'Cald', 'Church', 'Cold', 'Elm', 'Fair', 'Fern',
  'Gold', 'Hawk', 'Heath', 'High', 'Kirk', 'Lang', 'Long', 'Mill', 'Moor', 'Nether', 'Oak', 'Red',
  'Rook', 'Sand', 'Stan', 'Thorn', 'West', 'Whit', 'Wood', 'Wren',
] as const;
export const NEIGHBOURHOOD_SUFFIXES = [
  'by', 'dale', 'field', 'ford', 'gate', 'ham', 'holme', 'ley', 'side', 'stead', 'thorpe', 'ton',
  'well', 'wick', 'worth', 'bridge',
] as const;

export const SURNAMES = [
  'Armstrong', 'Atkinson', 'Bainbridge', 'Barker', 'Bell', 'Blackburn', 'Bradley', 'Charlton',
  'Cooper', 'Dawson', 'Dixon', 'Elliott', 'Fenwick', 'Forster', 'Gibson', 'Graham', 'Hall',
  'Harrison', 'Hedley', 'Heron', 'Hodgson', 'Hutchinson', 'Jackson', 'Kirkup', 'Lambert', 'Liddle',
  'Marshall', 'Milburn', 'Nixon', 'Oliver', 'Parkin', 'Pattinson', 'Potts', 'Reed', 'Ridley',
  'Robson', 'Rutherford', 'Scott', 'Shields', 'Swinburne', 'Tait', 'Thompson', 'Turnbull', 'Walton',
  'Wardle', 'Watson', 'Wilkinson', 'Young',
] as const;

export const SAINTS = [
  'Aidan', 'Aelred', 'Bede', 'Benedict', 'Catherine', 'Chad', 'Clare', 'Columba', 'Cuthbert', 'Ebba',
  'Francis', 'Helena', 'Hilda', 'Luke', 'Margaret', 'Wilfrid',
] as const;

/** Care homes are named after trees and flowers more often than anything else. */
export const CARE_HOME_WORDS = [
  'Beech', 'Bluebell', 'Cedar', 'Elm', 'Hawthorn', 'Heather', 'Holly', 'Juniper', 'Larch', 'Lavender',
  'Maple', 'Meadow', 'Oak', 'Primrose', 'Rowan', 'Willow',
] as const;
export const CARE_HOME_BUILDINGS = ['Court', 'Gardens', 'Grange', 'Hall', 'House', 'Lodge', 'Manor', 'View'] as const;

/** Words after a place name that tell its primary care networks apart ("Brackenford North"); none echo "Vale" or "Moor". */
export const PCN_AREA_WORDS = [
  'North', 'South', 'East', 'West', 'Central', 'Rural', 'Riverside', 'Coast', 'Upland', 'Town',
  'Dales', 'Villages',
] as const;

/*
 * Templates use {placeholders}: system (the stem "Northshire"), place, places (a list of place
 * names), neighbourhood, surname, saint, word and building.
 */

export const ACUTE_TRUST_TEMPLATES = [
  '{place} Hospitals NHS Foundation Trust',
  '{place} and District Hospital NHS Trust',
  '{place} Royal Infirmary NHS Foundation Trust',
  '{place} General Hospital NHS Trust',
] as const;
export const FIRST_ACUTE_TRUST_TEMPLATE = '{system} Teaching Hospitals NHS Foundation Trust';

export const COMMUNITY_TRUST_TEMPLATES = [
  '{places} Community Health Services NHS Trust',
  '{places} Community Healthcare NHS Trust',
] as const;

export const MENTAL_HEALTH_TRUST_TEMPLATES = [
  '{system} Mental Health NHS Foundation Trust',
  '{system} Partnership NHS Foundation Trust',
  '{system} Mental Health and Wellbeing NHS Foundation Trust',
] as const;

export const AMBULANCE_TRUST_NAME = 'North East Ambulance Service NHS Foundation Trust';

export const PCN_TEMPLATE = '{place} {word} Primary Care Network';

export const GP_FEDERATION_TEMPLATES = [
  '{place} GP Federation',
  '{place} Health Federation',
  '{place} Primary Care Alliance',
  '{place} GP Alliance',
] as const;

export const GP_PRACTICE_TEMPLATES = [
  '{neighbourhood} Medical Centre',
  '{neighbourhood} Surgery',
  '{neighbourhood} Health Centre',
  '{neighbourhood} Medical Practice',
  'The {neighbourhood} Practice',
  '{neighbourhood} Family Practice',
] as const;

export const HEALTHWATCH_TEMPLATE = 'Healthwatch {place}';

export const HOSPICE_TEMPLATE = "St {saint}'s Hospice";

export const VCSE_SYSTEM_TEMPLATES = [
  '{system} Community Foundation',
  '{system} Rural Community Council',
  '{system} Sight Loss Council',
  '{system} Cancer Support',
  "{system} Veterans' Network",
  '{system} Bereavement Service',
  '{system} Autism Support',
  "{system} Young Carers' Trust",
  '{system} Recovery Partnership',
  '{system} Deaf Society',
] as const;

export const VCSE_PLACE_TEMPLATES = [
  'Age UK {place}',
  "{place} Carers' Centre",
  'Mind in {place}',
  'Citizens Advice {place}',
  'Voluntary Action {place}',
  '{place} Food Bank',
  "{place} Women's Aid",
  '{place} Community Transport',
  "{place} Young People's Project",
  '{place} Refugee Welcome',
  '{place} Deaf Centre',
  '{place} Recovery Community',
  '{place} Dementia Alliance',
  '{place} Befriending Service',
  '{place} Disability Forum',
  '{place} Parent Carer Forum',
  'Samaritans of {place}',
] as const;

export const VCSE_NEIGHBOURHOOD_TEMPLATES = [
  '{neighbourhood} Community Centre',
  '{neighbourhood} Food Bank',
  'Friends of {neighbourhood} Park',
  '{neighbourhood} Lunch Club',
  "{neighbourhood} Men's Shed",
  '{neighbourhood} Carers Group',
  '{neighbourhood} Youth Club',
  '{neighbourhood} Baby Bank',
  '{neighbourhood} Good Neighbours',
  '{neighbourhood} Community Pantry',
  '{neighbourhood} Allotment Society',
  '{neighbourhood} Walking for Health',
  '{neighbourhood} Development Trust',
  '{neighbourhood} Memory Café',
  '{neighbourhood} Warm Space',
  '{neighbourhood} Stroke Club',
] as const;

export const SOCIAL_CARE_TEMPLATES = [
  '{word} {building} Care Home',
  '{word} {building} Nursing Home',
  '{surname} Homecare Ltd',
  '{surname} Care Group',
  '{neighbourhood} Home Care Services',
  '{neighbourhood} Supported Living',
] as const;

export const OTHER_SYSTEM_TEMPLATES = [
  'University of {system}',
  '{system} Homes Housing Association',
  '{system} Housing Trust',
  '{system} College',
  'The {system} Clinic',
  '{system} Diagnostics Ltd',
] as const;

/** Independent contractors and landlords that work with one place. */
export const OTHER_LOCAL_TEMPLATES = [
  '{place} Homes',
  '{place} Housing Co-operative',
  '{neighbourhood} Pharmacy',
  '{neighbourhood} Dental Practice',
  '{neighbourhood} Opticians',
] as const;

export const PLACEHOLDERS = ['system', 'place', 'places', 'neighbourhood', 'surname', 'saint', 'word', 'building'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Replaces each {placeholder}; a placeholder without a value is a bug in the caller, so it throws. */
export function fillTemplate(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, placeholder: string) => {
    const value = values[placeholder as Placeholder];
    if (value === undefined) {
      throw new Error(`No value for {${placeholder}} in "${template}"`);
    }
    return value;
  });
}

/** Joins names the British way, without a serial comma: "Ashby, Brackenford and Dunmere". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) {
    return names[0] ?? '';
  }
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "West" + "ton" reads "Weston", not "Westton": a letter shared at the join is written once. */
export function neighbourhoodName(prefix: string, suffix: string): string {
  const joinedAtSameLetter = prefix.slice(-1).toLowerCase() === suffix.charAt(0).toLowerCase();
  return joinedAtSameLetter ? prefix + suffix.slice(1) : prefix + suffix;
}
