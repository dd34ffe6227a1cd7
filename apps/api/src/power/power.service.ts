import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EVIDENCE_TITLE_MAX_LENGTH, evidenceUrlProblem, MANUAL_INDICATOR_NAME_MAX_LENGTH, isoDateProblem, isoMonthProblem, requiredTextProblem } from '@stewardship/domain';
import { monthlyPowerIndicators, powerIndicators, type PowerInput } from '@stewardship/power';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { lastDayOfMonth } from '../common/dates';
import { FieldErrors, forbidden } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Caller } from '../common/request-context';
import { DecisionsService } from '../decisions/decisions.service';
import { ForumsService } from '../forums/forums.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { PlacesService } from '../places/places.service';
import type { ManualIndicatorInput } from './dto/manual-indicator.input';
import { ManualIndicatorEntity } from './manual-indicator.entity';
import type { PowerIndicatorsModel, PowerSeriesModel } from './models/power.model';
import { powerFigureSeries, tooCosy } from './power-series';

/** The longest period or series served: five years, as the practice scores. */
export const POWER_MAX_MONTHS = 60;

/** Whose figures: a place (its forums' decisions and seats) or the whole system (placeId null, forumIds null). */
interface PowerScope {
  placeId: string | null;
  forumIds: string[] | null;
}

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthsSpanned = (from: string, to: string) => monthNumber(to) - monthNumber(from) + 1;


/**
 * The power-sharing figures: reads the log, the seats and the partners through the areas that own them and lets
 * libs/power and libs/spc decide the figures. Everyone in the system reads them; place leads their own place only.
 * Also the manual indicators, which this area owns.
 */
@Injectable()
export class PowerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly decisions: DecisionsService,
    private readonly forums: ForumsService,
    private readonly organisations: OrganisationsService,
    private readonly places: PlacesService,
    private readonly auth: AuthService,
  ) {}

  /** The figures over `from` to `to` (yyyy-mm-dd, both inclusive), for a place or the whole system. */
  async indicators(caller: Caller, placeId: string | null | undefined, from: string, to: string): Promise<PowerIndicatorsModel> {
    const scope = await this.scope(caller, placeId);
    const errors = new FieldErrors();
    errors.add('from', isoDateProblem(from, 'the first day of the period'));
    errors.add('to', isoDateProblem(to, 'the last day of the period'));
    errors.throwIfAny();
    this.checkSpan(from.slice(0, 7), to.slice(0, 7), 'to', from > to);
    const input = await this.input(caller.systemId, scope, from, to);
    const { representation, ...figures } = powerIndicators(input, { from, to });
    return { placeId: scope.placeId, from, to, ...figures, representation };
  }

  /** Each figure per month from `fromMonth` to `toMonth` (yyyy-mm), with XmR readings and the "too cosy" warning. */
  async series(caller: Caller, placeId: string | null | undefined, fromMonth: string, toMonth: string, cosyMonths: number): Promise<PowerSeriesModel> {
    const scope = await this.scope(caller, placeId);
    const errors = new FieldErrors();
    errors.add('fromMonth', isoMonthProblem(fromMonth));
    errors.add('toMonth', isoMonthProblem(toMonth));
    if (!(Number.isInteger(cosyMonths) && cosyMonths >= 1 && cosyMonths <= POWER_MAX_MONTHS)) {
      errors.add('cosyMonths', `Choose a run of 1 to ${POWER_MAX_MONTHS} months`);
    }
    errors.throwIfAny();
    this.checkSpan(fromMonth, toMonth, 'toMonth', fromMonth > toMonth);
    const input = await this.input(caller.systemId, scope, `${fromMonth}-01`, lastDayOfMonth(toMonth));
    const months = monthlyPowerIndicators(input, { from: fromMonth, to: toMonth });
    return { placeId: scope.placeId, fromMonth, toMonth, figures: powerFigureSeries(months), tooCosy: tooCosy(months, cosyMonths) };
  }

  /** Manual indicators, latest period first: a place's (and the system-wide ones) when `placeId` is given. */
  async manualIndicators(caller: Caller, placeId: string | null | undefined): Promise<ManualIndicatorEntity[]> {
    const scope = await this.scope(caller, placeId);
    const query = this.dataSource
      .getRepository(ManualIndicatorEntity)
      .createQueryBuilder('m')
      .where('m.system_id = :systemId', { systemId: caller.systemId })
      .orderBy('m.to_date', 'DESC')
      .addOrderBy('m.entered_at', 'DESC');
    if (scope.placeId) query.andWhere('(m.place_id = :placeId or m.place_id is null)', { placeId: scope.placeId });
    return this.withAuthors(await query.getMany());
  }

  /** Administrators and leaders enter indicators for any place or the system; place leads for their own place. */
  async recordManualIndicator(caller: Caller, input: ManualIndicatorInput): Promise<ManualIndicatorEntity> {
    const placeId = input.placeId || null;
    if (caller.role === 'PLACE_LEAD' && placeId !== null && placeId !== caller.placeId) throw forbidden('A place lead enters indicators for their own place only');
    const errors = new FieldErrors();
    const name = input.name.trim().replace(/\s+/g, ' ');
    errors.add('name', requiredTextProblem(name, 'Name of the indicator', MANUAL_INDICATOR_NAME_MAX_LENGTH));
    if (!Number.isFinite(input.value)) errors.add('value', 'Enter the value as a number');
    errors.add('from', isoDateProblem(input.from, 'the first day of the period measured'));
    errors.add('to', isoDateProblem(input.to, 'the last day of the period measured'));
    if (!errors.has('from') && !errors.has('to') && input.to < input.from) errors.add('to', 'The last day must not be before the first day');
    const evidenceUrl = input.evidenceUrl.trim();
    errors.add('evidenceUrl', evidenceUrlProblem(evidenceUrl));
    const evidenceTitle = input.evidenceTitle.trim().replace(/\s+/g, ' ');
    errors.add('evidenceTitle', requiredTextProblem(evidenceTitle, 'Title of the evidence', EVIDENCE_TITLE_MAX_LENGTH));
    if (placeId !== null && !(isUuid(placeId) && (await this.places.get(caller.systemId, placeId)))) errors.add('placeId', 'The place is not one of your system');
    errors.throwIfAny();
    const repository = this.dataSource.getRepository(ManualIndicatorEntity);
    const { id } = await repository.save(
      repository.create({
        systemId: caller.systemId,
        // A place lead's indicator is about their place, whether or not they said so.
        placeId: placeId ?? (caller.role === 'PLACE_LEAD' ? caller.placeId : null),
        name,
        value: input.value,
        from: input.from,
        to: input.to,
        evidenceUrl,
        evidenceTitle,
        enteredBy: caller.userId,
      }),
    );
    const [saved] = await this.withAuthors([await repository.findOneByOrFail({ id, systemId: caller.systemId })]);
    return saved;
  }

  /** A place lead's figures are their place's; others may name a place of the system or none (the whole system). */
  private async scope(caller: Caller, placeId: string | null | undefined): Promise<PowerScope> {
    let chosen = placeId || null;
    if (caller.role === 'PLACE_LEAD') {
      if (chosen !== null && chosen !== caller.placeId) throw forbidden("A place lead can see their own place's figures only");
      chosen = caller.placeId;
    } else if (chosen !== null && !(isUuid(chosen) && (await this.places.get(caller.systemId, chosen)))) {
      const errors = new FieldErrors();
      errors.add('placeId', 'The place is not one of your system');
      errors.throwIfAny();
    }
    if (chosen === null) return { placeId: null, forumIds: null };
    return { placeId: chosen, forumIds: await this.forums.idsInPlace(caller.systemId, chosen) };
  }

  /** At most POWER_MAX_MONTHS calendar months, and the end not before the start. */
  private checkSpan(fromMonth: string, toMonth: string, field: string, endsBeforeStart: boolean): void {
    const errors = new FieldErrors();
    if (endsBeforeStart) errors.add(field, 'The end must not be before the start');
    else if (monthsSpanned(fromMonth, toMonth) > POWER_MAX_MONTHS) errors.add(field, `Choose a period of at most ${POWER_MAX_MONTHS} months`);
    errors.throwIfAny();
  }

  /** The decisions, seats and partners libs/power reads, each from the area that owns it. */
  private async input(systemId: string, scope: PowerScope, from: string, to: string): Promise<PowerInput> {
    const [organisations, seats, decisions] = await Promise.all([
      this.organisations.powerOrganisations(systemId, scope.placeId),
      this.forums.powerSeats(systemId, scope.forumIds, from, to),
      this.decisions.powerDecisions(systemId, scope.forumIds, from, to),
    ]);
    return { organisations, seats, decisions };
  }

  private async withAuthors(indicators: ManualIndicatorEntity[]): Promise<ManualIndicatorEntity[]> {
    const names = await this.auth.displayNames([...new Set(indicators.map((indicator) => indicator.enteredBy))]);
    return indicators.map((indicator) => Object.assign(indicator, { enteredByName: names.get(indicator.enteredBy) ?? 'Unknown user' }));
  }
}

