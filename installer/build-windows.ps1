# Builds the ClusterEval app-image and .msi under target\installer\ on Windows x64 (untested here:
# written for a Windows machine with a JDK 17 with jmods as JAVA_HOME, Maven and WiX 3.x on the
# PATH; see installer\README.md). Run from the project folder after `mvn -B package -DskipTests`.
$ErrorActionPreference = 'Stop'
$Project = (Resolve-Path "$PSScriptRoot\..").Path
$Out = "$Project\target\installer"
$Work = "$Out\work"
$Jdk = "$env:JAVA_HOME\bin"
$Name = 'ClusterEval'
$Version = (& mvn -q -B help:evaluate "-Dexpression=project.version" -DforceStdout).Trim()
$Modules = 'java.base,java.desktop,java.logging,java.prefs,java.sql,java.naming,java.xml,java.management,java.scripting,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs,javafx.controls,javafx.fxml'
$Icon = "$PSScriptRoot\icon\clustereval.ico"
if (-not (Test-Path $Icon)) { throw "Make $Icon first (installer\README.md)" }

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Work, "$Out\$Name", "$Out\deps", "$Out\javafx"
New-Item -ItemType Directory -Force "$Work\jmods", "$Work\input\cds", "$Out\deps", "$Out\javafx" | Out-Null

# Maven's runtime class path (the win JavaFX jars on this machine): JavaFX aside, the rest as the app's jars
$cp = (& mvn -q -B dependency:build-classpath "-Dmdep.includeScope=runtime" "-Dmdep.outputFile=$Work\cp.txt"; Get-Content "$Work\cp.txt")
foreach ($jar in $cp.Split(';')) {
    if (-not $jar.EndsWith('.jar')) { continue }
    if ($jar -match '\\org\\openjfx\\') { Copy-Item $jar "$Out\javafx\" } else { Copy-Item $jar "$Out\deps\" }
}

# JavaFX jars -> jmods with the DLLs as native libraries (see README: they then load from runtime\bin)
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in Get-ChildItem "$Out\javafx\*-win.jar") {
    $module = 'javafx.' + ($jar.BaseName -replace '^javafx-([a-z]+)-.*$', '$1')
    $d = "$Work\jfx\$($jar.BaseName)"
    New-Item -ItemType Directory -Force "$d\classes", "$d\libs" | Out-Null
    [System.IO.Compression.ZipFile]::ExtractToDirectory($jar.FullName, "$d\classes")
    Remove-Item -Force -ErrorAction SilentlyContinue "$d\classes\META-INF\MANIFEST.MF"
    Get-ChildItem "$d\classes\*.dll" | Move-Item -Destination "$d\libs"
    $libs = @(); if (Get-ChildItem "$d\libs") { $libs = @('--libs', "$d\libs") }
    & "$Jdk\jmod.exe" create --class-path "$d\classes" @libs --module-version 21 "$Work\jmods\$module.jmod"
}

& "$Jdk\jlink.exe" --module-path "$env:JAVA_HOME\jmods;$Work\jmods" --add-modules $Modules `
    --generate-cds-archive --strip-debug --no-header-files --no-man-pages --output "$Work\runtime"

Copy-Item "$Out\deps\*.jar", "$Project\target\cluster-eval-thin.jar" "$Work\input\"
Copy-Item "$PSScriptRoot\cds\ClusterEval.classlist" "$Work\input\cds\"
Copy-Item "$PSScriptRoot\splash\splash.png" "$Work\input\"

$Archive = "`$APPDIR\cds\$Name-$Version.jsa"
$common = @('--main-jar', 'cluster-eval-thin.jar', '--main-class', 'jp.clustereval.Main',
    '--description', 'Offline grading and panel results for the Knowledge Cluster Initiative evaluations',
    '--vendor', 'ClusterEval project', '--copyright', 'ClusterEval project', '--icon', $Icon,
    '--java-options', '-Xshare:auto', '--java-options', "-XX:SharedArchiveFile=$Archive",
    '--java-options', '-Xlog:cds=off,cds+dynamic=off,class+path=off',
    '--java-options', "-Dclustereval.cds.archive=$Archive",
    '--java-options', "-Dclustereval.cds.classlist=`$APPDIR\cds\$Name.classlist",
    # the launcher's picture until the first window shows (ui.LaunchSplash closes it)
    '--java-options', "-splash:`$APPDIR\splash.png", '--java-options', '-Dclustereval.splash=true')
# the tuned JVM options (JIT thresholds), one source for every platform and the start-up bench
foreach ($option in Get-Content "$Project\resources\launch\java-options") {
    if ($option -and -not $option.StartsWith('#')) { $common += @('--java-options', $option) }
}

# a second launcher with a console, for the command line
Set-Content -Path "$Work\cli-launcher.properties" -Value "win-console=true`r`n"
& "$Jdk\jpackage.exe" --type app-image --dest $Out --name $Name --app-version $Version @common `
    --runtime-image "$Work\runtime" --input "$Work\input" --add-launcher "ClusterEvalCli=$Work\cli-launcher.properties"

& "$Jdk\jpackage.exe" --type msi --dest $Out --name $Name --app-version $Version --app-image "$Out\$Name" `
    --description 'Offline grading and panel results for the Knowledge Cluster Initiative evaluations' `
    --vendor 'ClusterEval project' --copyright 'ClusterEval project' `
    --win-menu --win-menu-group ClusterEval --win-shortcut --win-dir-chooser --win-per-user-install `
    --win-upgrade-uuid 'a3c1e9f4-6b2d-4f0e-9c3a-5e7d2b1f8c40' `
    --file-associations "$PSScriptRoot\linux\cescore.properties" `
    --file-associations "$PSScriptRoot\linux\ceround.properties"
Get-ChildItem "$Out\*.msi"
