def log = new File(basedir, 'build.log').text
assert log.contains('Latchkey generated 1 enum from 1 catalog')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def generated = new File(basedir, 'target/generated-sources/latchkey/dev/example/it/LockErrorCode.java')
assert generated.isFile()
assert generated.text.contains('@Generated("dev.latchkey.codegen")')
assert new File(basedir, 'target/classes/dev/example/it/LockErrorCode.class').isFile()
return true
