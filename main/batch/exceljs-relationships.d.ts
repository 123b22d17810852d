/** exceljs's own parser of a relationships part: the one its streaming reader uses. */
declare module 'exceljs/lib/xlsx/xform/core/relationships-xform.js' {
  export default class RelationshipsXform {
    parseStream(stream: NodeJS.ReadableStream): Promise<unknown[] | undefined>;
  }
}
