import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { MatchedBy } from '@stewardship/register-import';

export const ImportMatchedByEnum = {
  externalId: 'externalId',
  odsCode: 'odsCode',
  onsCode: 'onsCode',
  email: 'email',
  name: 'name',
  seat: 'seat',
} as const satisfies { [K in MatchedBy]: K };
registerEnumType(ImportMatchedByEnum, {
  name: 'ImportMatchedBy',
  description: 'The key a row matched an existing row by; a seat matches by forum, organisation and From date.',
});

@ObjectType('ImportFieldChange', { description: 'One field a row would change, both values in words.' })
export class ImportFieldChangeModel {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value in the register now; null when blank.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The value the file would write; null when blank.' })
  to!: string | null;
}

@ObjectType('ImportRowChange', { description: 'A row that would change an existing row: which row it matched, by what, and how.' })
export class ImportRowChangeModel {
  @Field(() => Int, { description: "The spreadsheet's own row number (the header is row 1)." })
  row!: number;

  @Field({ description: 'The name of the existing row it matched.' })
  matchedName!: string;

  @Field(() => ImportMatchedByEnum)
  matchedBy!: MatchedBy;

  @Field(() => [ImportFieldChangeModel])
  fields!: ImportFieldChangeModel[];
}

@ObjectType('ImportProblem', { description: 'One problem in one cell of the file.' })
export class ImportProblemModel {
  @Field(() => Int, { description: "The spreadsheet's own row number (the header is row 1)." })
  row!: number;

  @Field({ description: 'The column, as headed in the file.' })
  column!: string;

  @Field()
  value!: string;

  @Field({ description: 'What is wrong, and what would be right.' })
  message!: string;
}

@ObjectType('ImportPreview', { description: 'What importing the file would do. Nothing has been written.' })
export class ImportPreviewModel {
  @Field(() => Int)
  rowCount!: number;

  @Field(() => Int, { description: 'Rows that would add a new row to the register.' })
  create!: number;

  @Field(() => Int, { description: 'Rows that would change an existing row (matched by external ID, code or name).' })
  update!: number;

  @Field(() => Int, { description: 'Rows that match an existing row exactly: importing them changes nothing.' })
  unchanged!: number;

  @Field(() => Int)
  problemCount!: number;

  @Field(() => [ImportProblemModel], { description: 'Every problem found, in row order (at most 1,000 listed).' })
  problems!: ImportProblemModel[];

  @Field(() => [ImportRowChangeModel], { description: 'Every row that would change an existing row, in row order (at most 1,000 listed; `update` counts them all).' })
  changes!: ImportRowChangeModel[];
}

@ObjectType('ImportResult', { description: 'What an import wrote, all in one transaction.' })
export class ImportResultModel {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;
}

@ObjectType('ImportColumn', { description: 'A column of an import file: the templates and the import page both describe it from here.' })
export class ImportColumnModel {
  @Field({ description: 'The header the template writes (without "(optional)").' })
  header!: string;

  @Field({ description: 'A required column must be in the file and filled on every row.' })
  required!: boolean;

  @Field({ description: 'What the column holds and how to write it.' })
  help!: string;

  @Field(() => [String], { description: 'The two example values of the template.' })
  examples!: string[];
}
