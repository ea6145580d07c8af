def log = new File(basedir, 'build.log').text
assert log.contains('Latchkey generated 2 enums from 2 catalogs')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def generated = new File(basedir, 'target/generated-sources/latchkey/dev/example/it/DoorErrorCode.java').text
assert generated.contains('public enum Severity {')
assert generated.contains('public List<Affects> affects()')
assert generated.contains('public Optional<String> firmware()')
def events = new File(basedir, 'target/generated-sources/latchkey/dev/example/it/DoorEvent.java').text
assert events.contains('public enum DoorEvent implements WireCode {')
assert new File(basedir, 'target/classes/dev/example/it/DoorTriage.class').isFile()
return true
