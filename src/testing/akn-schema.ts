import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { corpusPath } from './shared-corpus.js';

const schema = (name: string): { fileName: string; contents: string } => ({
  fileName: name,
  contents: readFileSync(corpusPath(`schemas/${name}`), 'utf8'),
});
const AKN_XSD = schema('akomantoso30.xsd');
const XML_XSD = schema('xml.xsd');

/**
 * The schema errors of a document, [] when it is valid Akoma Ntoso 3.0; `fileName` is the
 * name the messages give the document.
 */
export async function aknSchemaErrors(xml: string, fileName = 'document.xml'): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema: AKN_XSD,
    preload: XML_XSD,
  });
  return result.errors.map((error) => error.rawMessage);
}
