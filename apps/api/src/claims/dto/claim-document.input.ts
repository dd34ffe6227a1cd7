import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A document to attach to a claim: the whole file, base64-encoded, so the server checks the real bytes.' })
export class ClaimDocumentInput {
  @Field(() => ID)
  claimId!: string;

  @Field({ description: 'The file name as uploaded; its ending must match the type found in its content (.pdf, .docx, .xlsx, .pptx).' })
  fileName!: string;

  @Field({ description: 'The file content, base64-encoded; at most 10 MB before encoding.' })
  contentBase64!: string;
}
