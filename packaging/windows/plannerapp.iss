; Inno Setup 6 script: wraps the PyInstaller one-folder bundle (dist\plannerapp) into setup.exe.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\plannerapp.iss
;   -> dist\plannerapp-0.1.0-windows-x64-setup.exe
;
; Signing ("signed-ready"): the installer is built unsigned unless a sign tool is
; configured.  With a code-signing certificate, define a sign tool named "signtool"
; (iscc "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f cert.pfx /p $PASSWORD $f")
; and pass /DSign=1: then setup.exe and its uninstaller are signed by Inno Setup.
; Sign dist\plannerapp\plannerapp.exe and plannerapp-gui.exe before running iscc
; (build-windows.yml does both when the CODESIGN_PFX secret exists).
;
; Optional software OpenGL: /DMesaDir=C:\path\to\mesa\x64 puts Mesa's llvmpipe
; opengl32.dll (+ libgallium_wgl.dll, libglapi.dll, dxil.dll when present) into
; {app}\mesa; the "Software OpenGL" task copies them beside plannerapp.exe
; (see docs/packaging.md, "OpenGL on Windows").

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "plannerapp"
#define Bundle "..\..\dist\plannerapp"

[Setup]
; a fixed AppId keeps upgrades and uninstall in one entry: never change it
AppId={{7C1E9C0B-5E43-4C6B-9B52-6F1D0C2A8E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=plannerapp contributors
AppComments=3D urban planning and design-scheme review
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
LicenseFile=..\..\build\licences\plannerapp-GPL-3.0.txt
InfoAfterFile=..\..\build\licences\THIRD-PARTY-NOTICES.txt
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\plannerapp.ico
UninstallDisplayIcon={app}\plannerapp.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; per-user install without admin rights is offered; admin installs for all users
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
MinVersion=10.0
#ifdef Sign
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) is an unofficial Inno Setup translation: add ChineseSimplified.isl
; to the compiler's Languages folder and uncomment
; Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
#ifdef MesaDir
Name: "softwaregl"; Description: "Use software OpenGL (Mesa llvmpipe): for Remote Desktop and PCs without a graphics driver; slower"; Flags: unchecked
#endif

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef MesaDir
Source: "{#MesaDir}\*.dll"; DestDir: "{app}\mesa"; Flags: ignoreversion
Source: "{#MesaDir}\*.dll"; DestDir: "{app}"; Tasks: softwaregl; Flags: ignoreversion
#endif

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\plannerapp-gui.exe"; IconFilename: "{app}\plannerapp-gui.exe"
Name: "{group}\{#AppName} self-test"; Filename: "{cmd}"; Parameters: "/k ""{app}\plannerapp.exe"" --self-test"; IconFilename: "{app}\plannerapp.exe"
Name: "{group}\Third-party notices"; Filename: "{app}\_internal\THIRD-PARTY-NOTICES.txt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\plannerapp-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\plannerapp-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
