import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserEntity } from '../../auth/user.entity';
import { Connection } from '../../common/pagination';
import { SECURITY_EVENT_KINDS, SecurityEventKind } from '../security-event.entity';

const SECURITY_EVENT_KIND_DESCRIPTIONS: Record<SecurityEventKind, string> = {
  SIGN_IN: 'A user signed in.',
  SIGN_IN_FAILED: 'A sign-in was refused: wrong email or password, or no membership.',
  SIGN_OUT: 'A user signed out.',
  MEMBERSHIP_CHANGED: "A user's membership or role in the system was added, changed or removed.",
  REGISTER_EXPORTED: 'A register list was exported as CSV.',
  SURVEY_ROUND_OPENED: 'A survey round was opened and its links issued.',
  SURVEY_LINK_REISSUED: 'A new survey link was issued for an invitation.',
};

export const SecurityEventKindEnum = Object.fromEntries(SECURITY_EVENT_KINDS.map((kind) => [kind, kind])) as { [K in SecurityEventKind]: K };
registerEnumType(SecurityEventKindEnum, {
  name: 'SecurityEventKind',
  valuesMap: Object.fromEntries(SECURITY_EVENT_KINDS.map((kind) => [kind, { description: SECURITY_EVENT_KIND_DESCRIPTIONS[kind] }])),
});

@ObjectType('SecurityEventDetailEntry')
export class SecurityEventDetailEntryModel {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType('SecurityEvent', { description: 'A security-relevant event: a sign-in, sign-out, membership change, export or survey link issue.' })
export class SecurityEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => SecurityEventKindEnum)
  kind!: SecurityEventKind;

  @Field(() => UserEntity, { nullable: true, description: 'Who it was, when known (null for a sign-in with an unknown email, or a user since removed).' })
  user!: UserEntity | null;

  @Field(() => String, { nullable: true, description: "The client's address, as the API saw it (behind a proxy, set TRUST_PROXY)." })
  address!: string | null;

  @Field(() => [SecurityEventDetailEntryModel], { description: 'Ids, counts and codes about the event, by name.' })
  detail!: SecurityEventDetailEntryModel[];
}

@ObjectType('SecurityEventConnection')
export class SecurityEventConnection extends Connection(SecurityEventModel, 'SecurityEvent') {}
