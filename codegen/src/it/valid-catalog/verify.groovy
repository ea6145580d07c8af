def log = new File(basedir, 'build.log').text
assert log.contains('Latchkey generated 1 enum from 1 catalog')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def generated = new File(basedir, 'target/generated-sources/latchkey/dev/example/it/LockErrorCode.java')
assert generated.isFile()
assert generated.text.contains('@Generated("dev.latchkey.codegen")')
assert new File(basedir, 'target/classes/dev/example/it/LockErrorCode.class').isFile()
// The error reference: one page per catalog with a stable anchor per code, and the index.
def page = new File(basedir, 'target/reference/acme-lock-errors.md')
assert page.isFile()
assert page.text.startsWith('<!-- Generated from catalogs/lock-errors.yaml')
assert page.text.contains('### <a id="ff"></a>`ff` (`0xFF`)')
assert page.text.contains('](../../catalogs/lock-errors.yaml)')
assert new File(basedir, 'target/reference/README.md').text.contains('(acme-lock-errors.md)')
assert log.contains('Latchkey reference in ')
// The enum links each code to that page and anchor, under the configured referenceBaseUrl.
assert generated.text.contains('REFERENCE_PAGE = "https://docs.example/latchkey/acme-lock-errors.md#"')
return true
