using Backup.Iac;
using BackupIacApp;

// dotnet run -- synth --out out [--format json|yaml|pulumi|all] [--strict] [--verbose]   (also: validate, audit, --version)
return Estate.Build().Run(args);
