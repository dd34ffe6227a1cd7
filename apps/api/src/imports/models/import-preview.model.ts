import { Field, Int, ObjectType } from '@nestjs/graphql';

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
