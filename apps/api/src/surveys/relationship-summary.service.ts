import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { isoMonthProblem } from '@stewardship/domain';
import { EntityManager } from 'typeorm';
import { FieldErrors } from '../common/errors';
import { organisationRegisterRows } from '../organisations/organisations.queries';
import { OrganisationsService } from '../organisations/organisations.service';
import { SystemsService } from '../systems/systems.service';
import type { PartnerRelationshipSummaryModel } from './models/relationship-summary.model';
import { relationshipSummary } from './relationship-summary';
import { ratedMonths, ratingTallies } from './surveys.queries';

/** A partner's relationship ratings in aggregate: reads the month's tallies and lets relationship-summary.ts decide. */
@Injectable()
export class RelationshipSummaryService {
  constructor(
    @InjectEntityManager() private readonly db: EntityManager,
    private readonly organisations: OrganisationsService,
    private readonly systems: SystemsService,
  ) {}

  /** Null when the system has no such partner. `month` (yyyy-mm) defaults to the latest month with ratings. */
  async summary(systemId: string, organisationId: string, month: string | null | undefined): Promise<PartnerRelationshipSummaryModel | null> {
    if (month != null) {
      const errors = new FieldErrors();
      errors.add('month', isoMonthProblem(month));
      errors.throwIfAny();
    }
    if (!(await this.organisations.get(systemId, organisationId))) return null;
    const [months, minimumGroupSize] = await Promise.all([ratedMonths(this.db, systemId), this.systems.minimumGroupSize(systemId)]);
    const chosen = month ?? months[0] ?? null;
    // Every partner's tally of the month, not only this one's: the disclosure plan needs the whole population.
    const [tallies, register] = chosen ? await Promise.all([ratingTallies(this.db, systemId, chosen), organisationRegisterRows(this.db, systemId)]) : [[], []];
    const traits = new Map(register.map((row) => [row.id, { sector: row.sector, kind: row.kind }]));
    const withTraits = tallies.map((tally) => ({ ...tally, sector: traits.get(tally.organisationId)?.sector ?? '', kind: traits.get(tally.organisationId)?.kind ?? '' }));
    return { organisationId, month: chosen, ratedMonths: months, minimumGroupSize, ...relationshipSummary(withTraits, organisationId, minimumGroupSize) };
  }
}
