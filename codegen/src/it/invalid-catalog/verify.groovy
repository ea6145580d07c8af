def log = new File(basedir, 'build.log').text
def expected = [
    "catalogs/broken.yaml:16:15: unknown category 'DEVICE_OFFLINE'",
    "catalogs/broken.yaml:17:16: retryable must be true or false, found the string 'yes'",
    "catalogs/broken.yaml:19:11: duplicate code 255 (first at line 11)",
    "catalogs/broken.yaml:19:5: missing required key 'description'",
    "catalogs/broken.yaml:20:11: duplicate name 'ERROR_UNKNOWN' (first at line 12)",
    "catalogs/broken.yaml:21:5: unknown key 'descripton'; did you mean 'description'?",
    "catalogs/broken.yaml:26:13: source 'acme-docs' points to no source id (known: acme-errors)",
]
expected.each { line ->
    // Each problem is logged as an error line and repeated in the failure message.
    assert log.contains('[ERROR] ' + line) : "missing in build.log: " + line
}
assert log.contains('7 problems in Latchkey catalogs:')
assert !new File(basedir, 'target/generated-sources/latchkey/dev/example/it/BrokenCode.java').exists()
return true
