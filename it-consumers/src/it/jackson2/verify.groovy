// Both apps ran their test (a build with no test would pass too).
def log = new File(basedir, 'build.log').text
assert log.count('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed') == 2
return true
