import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AuditAction } from '../audit-event.entity';

export const AuditActionEnum = { CREATE: 'CREATE', UPDATE: 'UPDATE', ARCHIVE: 'ARCHIVE', RESTORE: 'RESTORE' } as const;
registerEnumType(AuditActionEnum, { name: 'AuditAction' });

export const AuditEntityTypeEnum = { PLACE: 'PLACE', ORGANISATION: 'ORGANISATION', FORUM: 'FORUM', SEAT: 'SEAT', PERSON: 'PERSON' } as const;
registerEnumType(AuditEntityTypeEnum, { name: 'AuditEntityType' });

@ObjectType('FieldChange')
export class FieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

@ObjectType('AuditEvent', { description: 'One change to a register row: who made it, when, and each field before and after.' })
export class AuditEventModel {
  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => AuditActionEnum)
  action!: AuditAction;

  @Field({ description: 'Display name of who made the change.' })
  actor!: string;

  @Field({ description: 'Whether the change came from a spreadsheet import.' })
  viaImport!: boolean;

  @Field(() => [FieldChangeModel])
  changes!: FieldChangeModel[];
}
