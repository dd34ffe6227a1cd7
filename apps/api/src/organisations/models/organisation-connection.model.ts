import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination';
import { OrganisationEntity } from '../organisation.entity';

@ObjectType('OrganisationConnection')
export class OrganisationConnection extends Connection(OrganisationEntity, 'Organisation') {}
