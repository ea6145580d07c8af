def log = new File(basedir, 'build.log').text
assert log.contains('Latchkey catalogs unchanged (1 catalog, 1 enum): nothing to generate')
def generated = new File(basedir, 'target/generated-sources/latchkey/dev/example/it/LockErrorCode.java')
assert generated.isFile()
// The second build aged the file before codegen ran; a rewrite would have given it a current mtime.
assert generated.lastModified() == 1000000000000L : "generated file was rewritten: mtime " + generated.lastModified()
assert new File(basedir, 'target/latchkey-codegen/default.state').isFile()
return true
