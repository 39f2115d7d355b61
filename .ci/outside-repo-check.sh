#!/usr/bin/env bash
# What a user does with Backup.Iac outside this repository, in fresh temporary folders:
#   pack every package into a local folder; a nuget.config that adds it beside the normal source; `dotnet new install`
#   the templates; `dotnet new backup-iac -n Acme`; build with warnings as errors (no MSB3277, no Newtonsoft.Json in
#   any project.assets.json); run its synth; run its tests; a console app that adds the Backup.Iac package and calls
#   BackupPolicyDocument.Parse; `dotnet tool install --tool-path` the backup-iac tool and lint the synth output; and
#   `dotnet new backup-iac-cdk`, built with warnings as errors.
# Prints the time of each step and the package sizes; exits non-zero on the first failure.
# KEEP=1 keeps the temporary folder (its path is printed); BACKUP_IAC_PACKAGES=DIR takes the packages from DIR instead
# of packing (to try a change of the check itself quickly).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false

work=$(mktemp -d "${TMPDIR:-/tmp}/backup-iac-outside.XXXXXX")
cleanup() { if [ "${KEEP:-0}" = 1 ]; then echo "outside-repo: kept $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
feed=$work/feed
# A package cache, template store and tool home of their own: nothing from an earlier run (a stale 0.1.0) is reused,
# and the user's own ~/.templateengine is left alone.
export NUGET_PACKAGES=$work/nuget-packages DOTNET_CLI_HOME=$work/home
mkdir -p "$feed" "$work/home" "$work/user"
cd "$work/user"

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props" | head -1)
step_start=0
step() { step_start=$(date +%s); echo "outside-repo: $*"; }
done_step() { echo "outside-repo:   $1 took $(( $(date +%s) - step_start )) s"; }
fail() { echo "outside-repo: FAILED: $*" >&2; exit 1; }

if [ -n "${BACKUP_IAC_PACKAGES:-}" ]; then
    step "packages from $BACKUP_IAC_PACKAGES"
    cp "$BACKUP_IAC_PACKAGES"/*.nupkg "$BACKUP_IAC_PACKAGES"/*.snupkg "$feed"/
else
    step "pack $version (dotnet pack -c Release -o DIR at the root)"
    dotnet pack "$repo/Backup.Iac.sln" -c Release -o "$feed" -nologo -v:q >"$work/pack.log" 2>&1 || { tail -50 "$work/pack.log"; fail "dotnet pack"; }
    done_step "pack"
fi
for id in Backup.Iac Backup.Iac.Cdk Backup.Iac.Testing Backup.Iac.Cli Backup.Iac.Templates; do
    test -f "$feed/$id.$version.nupkg" || fail "no package $id.$version.nupkg"
    echo "outside-repo:   $id.$version.nupkg $(stat -c %s "$feed/$id.$version.nupkg") bytes$(test -f "$feed/$id.$version.snupkg" && echo ", symbols $(stat -c %s "$feed/$id.$version.snupkg") bytes")"
done
for id in Backup.Iac Backup.Iac.Testing; do
    if unzip -p "$feed/$id.$version.nupkg" "$id.nuspec" | grep -qi newtonsoft; then fail "$id declares Newtonsoft.Json"; fi
done

cat >"$work/user/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="backup-iac-local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML

step "dotnet new install Backup.Iac.Templates"
dotnet new install "$feed/Backup.Iac.Templates.$version.nupkg" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "dotnet new install"; }
done_step "template install"

step "dotnet new backup-iac -n Acme; dotnet new backup-iac-cdk -n AcmeCdk"
dotnet new backup-iac -n Acme >/dev/null || fail "dotnet new backup-iac"
dotnet new backup-iac-cdk -n AcmeCdk >/dev/null || fail "dotnet new backup-iac-cdk"
test -f Acme/Acme.slnx && test -f Acme/Acme/Acme.csproj && test -f Acme/Acme.Tests/Acme.Tests.csproj || fail "backup-iac did not create Acme/Acme.slnx with Acme and Acme.Tests"
test -f AcmeCdk/cdk.json && test -f AcmeCdk/AcmeCdk/AcmeCdk.csproj || fail "backup-iac-cdk did not create AcmeCdk/cdk.json and AcmeCdk/AcmeCdk"
done_step "dotnet new"

step "build Acme with warnings as errors"
dotnet build Acme/Acme.slnx -warnaserror -nologo >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; fail "build of the template app"; }
if grep -q "MSB3277" "$work/build.log"; then fail "MSB3277 (conflicting assembly versions) in the build"; fi
# The app: no Newtonsoft.Json at all. The test project: none through Backup.Iac's packages (the test SDK's own
# Microsoft.TestPlatform.TestHost brings Newtonsoft.Json 13.0.3; that is the test runner, not Backup.Iac).
if grep -il newtonsoft Acme/Acme/obj/project.assets.json; then fail "Newtonsoft.Json in the app's project.assets.json"; fi
python3 - Acme/Acme.Tests/obj/project.assets.json <<'PY' || fail "Newtonsoft.Json reached through a Backup.Iac package in the test project"
import json, sys
assets = json.load(open(sys.argv[1]))
for target, libs in assets["targets"].items():
    deps = {name.split("/")[0].lower(): [d.lower() for d in lib.get("dependencies", {})] for name, lib in libs.items()}
    seen, todo = set(), [n for n in deps if n.startswith("backup.iac")]
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo.extend(deps.get(n, []))
    if "newtonsoft.json" in seen:
        print(f"{target}: Newtonsoft.Json is reached from {sorted(n for n in seen if n.startswith('backup.iac'))}")
        sys.exit(1)
    print(f"outside-repo:   {target}: Backup.Iac's packages bring {len(seen)} packages, no Newtonsoft.Json")
PY
done_step "build"

step "build AcmeCdk with warnings as errors (cdk synth itself needs Node.js: not run here)"
dotnet build AcmeCdk/AcmeCdk -warnaserror -nologo >"$work/build-cdk.log" 2>&1 || { tail -40 "$work/build-cdk.log"; fail "build of the CDK template app"; }
if grep -q "MSB3277" "$work/build-cdk.log"; then fail "MSB3277 (conflicting assembly versions) in the CDK app's build"; fi
done_step "CDK app build"

step "synth (dotnet run -- synth --out out)"
dotnet run --project Acme/Acme --no-build -- synth --out "$work/out" || fail "synth of the template app"
test -s "$work/out/Prod.template.json" || fail "no out/Prod.template.json"
test "$(dotnet run --project Acme/Acme --no-build -- --version)" = "$version" || fail "the app host's --version is not $version"
done_step "synth"

step "test (dotnet test)"
dotnet test Acme/Acme.slnx --no-build -nologo >"$work/test.log" 2>&1 || { tail -40 "$work/test.log"; fail "tests of the template app"; }
grep -E "Passed!|Failed!" "$work/test.log" || true
grep -qE "Passed!.*Failed: +0" "$work/test.log" || fail "the template app's tests did not pass"
done_step "test"

step "dotnet add package Backup.Iac; BackupPolicyDocument.Parse"
dotnet new console -n PolicyProbe -o PolicyProbe >/dev/null || fail "dotnet new console"
dotnet add PolicyProbe package Backup.Iac --version "$version" >"$work/add.log" 2>&1 || { cat "$work/add.log"; fail "dotnet add package Backup.Iac"; }
cat >PolicyProbe/Program.cs <<'CS'
using Backup.Iac;

var good = """{"plans": {"Daily": {"regions": {"@@assign": ["eu-west-1"]}, "rules": {"Daily": {"schedule_expression": {"@@assign": "cron(0 5 ? * * *)"}, "start_backup_window_minutes": {"@@assign": "60"}, "target_backup_vault_name": {"@@assign": "Default"}, "lifecycle": {"delete_after_days": {"@@assign": "35"}}}}, "selections": {"tags": {"Tagged": {"iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/service-role/AWSBackupDefaultServiceRole"}, "tag_key": {"@@assign": "backup"}, "tag_value": {"@@assign": ["daily"]}}}}}}}""";
var bad = """{"Plans": {}}""";
var ok = BackupPolicyDocument.Parse(good, "good.json");
var broken = BackupPolicyDocument.Parse(bad, "bad.json");
foreach (var d in ok.Diagnostics.Concat(broken.Diagnostics))
{
    Console.WriteLine(d);
}

Console.WriteLine($"good: {(ok.HasErrors ? "errors" : "no error")}; bad: {(broken.HasErrors ? "errors" : "no error")}");
return !ok.HasErrors && broken.HasErrors ? 0 : 1;
CS
dotnet build PolicyProbe -warnaserror -nologo >"$work/probe.log" 2>&1 || { tail -40 "$work/probe.log"; fail "build of a console app with the Backup.Iac package"; }
if grep -il newtonsoft PolicyProbe/obj/project.assets.json; then fail "Newtonsoft.Json in the console app's project.assets.json"; fi
dotnet run --project PolicyProbe --no-build || fail "BackupPolicyDocument.Parse from a console app"
done_step "policy parse"

step "dotnet tool install --tool-path; backup-iac lint"
dotnet tool install Backup.Iac.Cli --version "$version" --tool-path "$work/tools" >"$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet tool install Backup.Iac.Cli"; }
test "$("$work/tools/backup-iac" --version)" = "$version" || fail "backup-iac --version is not $version"
"$work/tools/backup-iac" lint "$work/out/Prod.template.json" || fail "backup-iac lint of the synth output"
done_step "tool"

echo "outside-repo: passed"
