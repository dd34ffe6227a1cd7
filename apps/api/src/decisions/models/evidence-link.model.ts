import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('EvidenceLink', { description: 'A document or page that shows the decision: minutes, a paper, a letter.' })
export class EvidenceLink {
  @Field()
  url!: string;

  @Field()
  title!: string;
}
