def log = new File(basedir, 'build.log').text
assert log.contains('Latchkey generated 1 enum from 1 catalog')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def generated = new File(basedir, 'consumer/target/generated-sources/latchkey/dev/example/it/LockErrorCode.java')
assert generated.text.contains('from <code>classpath:acme-catalog/acme/lock-errors.yaml</code>')
return true
