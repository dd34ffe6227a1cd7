import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { PersonEntity } from '../person.entity';

@ObjectType('PersonConnection')
export class PersonConnection extends Connection(PersonEntity, 'Person') {}
