import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import type { PeopleFilter } from '../dto/person.input';
import { PersonEntity } from '../person.entity';

/** A page of people; its `matchingIds` field is resolved by PersonConnectionResolver, only when asked for. */
@ObjectType('PersonConnection')
export class PersonConnection extends Connection(PersonEntity, 'Person') {
  /** The filter the page was read with, so matchingIds reads the same people; not part of the schema. */
  filter!: PeopleFilter | null;
}
