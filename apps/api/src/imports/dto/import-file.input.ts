import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import type { ImportKind } from '@stewardship/register-import';

export const ImportKindEnum = { places: 'places', organisations: 'organisations', forums: 'forums', people: 'people', decisions: 'decisions' } as const satisfies { [K in ImportKind]: K };
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  valuesMap: {
    places: { description: 'Places' },
    organisations: { description: 'Partner organisations' },
    forums: { description: 'Forums with their seats, one row per seat' },
    people: { description: 'People who represent partners' },
    decisions: { description: 'Decisions for the append-only log, one row per decision' },
  },
});

@InputType({ description: 'A spreadsheet to import: the whole file, base64-encoded, so the server parses the real bytes.' })
export class ImportFileInput {
  @Field(() => ImportKindEnum)
  kind!: ImportKind;

  @Field({ description: 'The file name as uploaded, e.g. partners.xlsx; its ending helps tell CSV from XLSX.' })
  fileName!: string;

  @Field({ description: 'The file content, base64-encoded.' })
  contentBase64!: string;
}
