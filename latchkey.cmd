@echo off
rem latchkey on Windows: builds the CLI through the Maven wrapper when its jar is missing (not when a source
rem changes: delete cli\target to rebuild), then runs it with plain java. No class-data sharing archive here;
rem the sh launcher ./latchkey does both.
setlocal
set "ROOT=%~dp0"
if not exist "%ROOT%cli\target\latchkey-cli.jar" (
  echo latchkey: building the CLI with the Maven wrapper... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -q -B -Dmaven.test.skip=true -Dlatchkey.fakeSeam.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl cli -am package 1>&2 || (popd & exit /b 2)
  popd
)
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%ROOT%cli\target\latchkey-cli.jar" %*
exit /b %ERRORLEVEL%
