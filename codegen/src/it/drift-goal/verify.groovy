def inStep = new File(basedir, 'target/latchkey-drift/in-step.json').text
assert inStep.contains('"drift": false')
def md = new File(basedir, 'target/latchkey-drift/drift.md').text
assert md.startsWith('# Drift: @seamapi/types 1.0.0 -> @seamapi/types 2.0.0')
assert md.contains('- From: `sources/spec-1.0.0.json` (@seamapi/types 1.0.0)')
assert md.contains('### Renamed (1)')
assert new File(basedir, 'target/latchkey-drift/drift.json').text.contains('"bump": "minor"')
// The failing run still wrote its report before failing the build.
assert new File(basedir, 'target/latchkey-drift/failing.md').exists()
def catalog = new File(basedir, 'sources/catalog-1.0.0.yaml').text
assert catalog.contains('  - code: new_code\n')
assert catalog.contains('REMEDY NEEDED: the importer added new_code')
assert catalog.contains('imported from sources/spec-2.0.0.json.')
return true
