@echo off
rem Etalon on Windows, as unpacked from the release zip: needs a Java 17 (or newer) runtime, named by
rem JAVA_HOME or found as java on PATH. In a checkout of the sources it runs target\etalon.jar (build it
rem with: mvn -B package). Not tested by CI (which runs on Linux); kept to what cmd.exe does everywhere.
setlocal
set "ETALON_HOME=%~dp0"
rem Without the trailing backslash: in -Detalon.home="C:\etalon\" Java would read \" as a quote.
set "ETALON_HOME=%ETALON_HOME:~0,-1%"
set "JAR=%ETALON_HOME%\etalon.jar"
if not exist "%JAR%" set "JAR=%ETALON_HOME%\target\etalon.jar"
if not exist "%JAR%" (
  echo etalon: no etalon.jar beside this script; in a checkout of the sources build it first: mvn -B package 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_HOME where java >nul 2>nul || (
  echo etalon: needs a Java 17 ^(or newer^) runtime: install one ^(https://adoptium.net^) or set JAVA_HOME 1>&2
  exit /b 2
)
rem Etalon prints UTF-8 (Russian and Kazakh names): the console shows it with code page 65001, which is
rem set for this run and then restored.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
"%JAVA%" -XX:TieredStopAtLevel=1 -Detalon.home="%ETALON_HOME%" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if defined CODEPAGE chcp %CODEPAGE: =% >nul
exit /b %STATUS%
