// Peer check: validate each data file with Zazuko's shacl-engine (core and
// SPARQL-based constraints) and print one JSON line per file, so pytest can
// compare the verdict and focus nodes with pySHACL's.
//
// usage: node run.js SHAPES.ttl DATA.nt [DATA.nt ...]
import { readFileSync } from 'node:fs'
import rdfDataModel from '@rdfjs/data-model'
import rdfDataset from '@rdfjs/dataset'
import { Parser } from 'n3'
import { Validator } from 'shacl-engine'
import { targetResolvers, validations } from 'shacl-engine/sparql.js'

function load (path) {
  const dataset = rdfDataset.dataset()
  for (const quad of new Parser({ baseIRI: 'file://' + path }).parse(readFileSync(path, 'utf8'))) {
    dataset.add(quad)
  }
  return dataset
}

const [shapesPath, ...dataPaths] = process.argv.slice(2)
const validator = new Validator(load(shapesPath), { factory: rdfDataModel, targetResolvers, validations })

for (const path of dataPaths) {
  const report = await validator.validate({ dataset: load(path) })
  const results = report.results.map(result => ({
    focus: result.focusNode?.term?.value ?? null,
    path: result.path?.[0]?.predicates?.[0]?.value ?? null,
    severity: result.severity?.value?.split('#')[1]?.toLowerCase() ?? null,
    shape: result.shape?.ptr?.term?.value ?? null,
    value: result.value?.term?.value ?? null,
    message: result.message?.map(m => m.value).join(' ') ?? null
  }))
  console.log(JSON.stringify({ file: path, conforms: report.conforms, results }))
}
