@echo off
rem Starts Seatkeeper on Windows: finds a Java runtime of version 21 or later and runs the Equinox
rem launcher with javaw (no console window stays open). Arguments are passed to Seatkeeper (for
rem example -data FOLDER, or a .model file to open); Java options go in SEATKEEPER_VM_ARGS. The
rem platform (osgi.os, osgi.ws, osgi.arch) is named in configuration\config.ini.
rem
rem The Java runtime: the first of version 21 or later among, in this order,
rem   1. SEATKEEPER_JAVA_HOME, 2. JAVA_HOME, 3. the javaw.exe on PATH,
rem   4. the usual install folders, newest first within each.
rem A runtime's version is read from the "release" file in its folder, as in lib/find-jdk.sh.
setlocal EnableExtensions DisableDelayedExpansion
set "SEATKEEPER_MIN_JAVA=21"
set "here=%~dp0"
set "java_home="

call :candidate "%SEATKEEPER_JAVA_HOME%"
call :candidate "%JAVA_HOME%"
call :on_path
call :folder "%ProgramFiles%\Eclipse Adoptium"
call :folder "%ProgramFiles%\Java"
call :folder "%ProgramFiles%\Microsoft"
call :folder "%ProgramFiles%\Zulu"
call :folder "%ProgramFiles%\Amazon Corretto"
call :folder "%ProgramFiles%\BellSoft"
call :folder "%ProgramFiles%\Semeru"
call :folder "%ProgramFiles%\OpenJDK"
call :folder "%LOCALAPPDATA%\Programs\Eclipse Adoptium"
call :folder "%USERPROFILE%\.jdks"
if not defined java_home goto no_java

set "launcher="
for %%f in ("%here%plugins\org.eclipse.equinox.launcher_*.jar") do set "launcher=%%~ff"
if not defined launcher (
  echo seatkeeper: no Equinox launcher in %here%plugins: this installation is incomplete. 1>&2
  exit /b 1
)
start "Seatkeeper" "%java_home%\bin\javaw.exe" "@%here%lib\jvm.options" %SEATKEEPER_VM_ARGS% -jar "%launcher%" %*
exit /b 0

:no_java
echo Seatkeeper needs a Java runtime of version %SEATKEEPER_MIN_JAVA% or later, and none was found. 1>&2
echo Install one (for example from https://adoptium.net) or set SEATKEEPER_JAVA_HOME to its folder. 1>&2
rem Started from the Explorer, the window would close before the message can be read.
echo %CMDCMDLINE% | find /i "/c" >nul && pause
exit /b 1

rem Takes folder %1 when none is taken yet and it holds javaw.exe of version 21 or later.
:candidate
if defined java_home exit /b 0
set "c=%~1"
if not defined c exit /b 0
if not exist "%c%\bin\javaw.exe" exit /b 0
if not exist "%c%\release" exit /b 0
set "v="
for /f "usebackq tokens=2 delims==" %%v in (`findstr /b /c:"JAVA_VERSION=" "%c%\release"`) do set "v=%%~v"
if not defined v exit /b 0
set "major="
for /f "tokens=1 delims=.+-" %%m in ("%v%") do set /a "major=%%m" 2>nul
if not defined major exit /b 0
if %major% GEQ %SEATKEEPER_MIN_JAVA% set "java_home=%c%"
exit /b 0

rem The runtime whose javaw.exe is first on PATH (its folder is two levels above it).
:on_path
if defined java_home exit /b 0
set "w="
for %%j in (javaw.exe) do set "w=%%~$PATH:j"
if not defined w exit /b 0
for %%d in ("%w%\..\..") do call :candidate "%%~fd"
exit /b 0

rem Each folder in %1, newest (highest name) first.
:folder
if defined java_home exit /b 0
if not exist "%~1\" exit /b 0
for /f "delims=" %%d in ('dir /b /ad /o-n "%~1" 2^>nul') do call :candidate "%~1\%%d"
exit /b 0
