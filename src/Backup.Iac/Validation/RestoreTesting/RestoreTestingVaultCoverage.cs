using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// XR-018: the vaults that receive the selection type's recovery points in the plan's account and Region (from the
/// app's backup plans that can select the type) must not all be left out by IncludeVaults or ExcludeVaults. Warned only
/// when certain: every such vault, and every selector's verdict on it, is known at synth time.
/// </summary>
internal sealed class RestoreTestingVaultCoverage : IValidator<RestoreTestingSelection>
{
    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        if (RestoreTestingFacts.TypeOf(selection) is not { } type || selection.Plan.Props.RecoveryPointSelection is not { } points)
        {
            return;
        }

        var stack = selection.Plan.Stack;
        if (TypeBackups.Of(type, stack, context) is not { Vaults.Count: > 0 } backups)
        {
            return;
        }

        var include = points.IncludeVaults ?? [];
        var exclude = points.ExcludeVaults ?? [];
        if (include.Count == 0)
        {
            return; // RTP-011
        }

        var notIncluded = 0;
        var excluded = 0;
        foreach (var vault in backups.Vaults)
        {
            var included = Any(include, vault, stack, context);
            var left = Any(exclude, vault, stack, context);
            if (included == Certainty.No)
            {
                notIncluded++;
            }
            else if (included == Certainty.Yes && left == Certainty.Yes)
            {
                excluded++;
            }
            else
            {
                return; // eligible, or not known
            }
        }

        var why = (notIncluded, excluded) switch
        {
            (_, 0) => backups.Vaults.Count == 1 ? "does not include it" : "includes none of them",
            (0, _) => backups.Vaults.Count == 1 ? "excludes it" : "excludes all of them",
            _ => "leaves each of them out (not in IncludeVaults, or in ExcludeVaults)",
        };
        var names = string.Join(", ", backups.Vaults.Select(v => v.Describe()));
        context.Report(RestoreTestingConstraints.VaultsNotTested, selection, null, null, type, (backups.Vaults.Count == 1 ? "the vault " : "the vaults ") + names, why);
    }

    /// <summary>Whether any of the selectors selects the vault.</summary>
    private static Certainty Any(IReadOnlyList<string> selectors, HeldVault vault, BackupStack stack, ValidationContext context)
    {
        var result = Certainty.No;
        foreach (var selector in selectors)
        {
            switch (VaultSelector.Selects(selector, vault, stack, context.App))
            {
                case Certainty.Yes:
                    return Certainty.Yes;
                case Certainty.Unknown:
                    result = Certainty.Unknown;
                    break;
            }
        }

        return result;
    }
}
