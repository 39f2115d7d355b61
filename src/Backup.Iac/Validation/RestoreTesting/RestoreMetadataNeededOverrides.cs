using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTS-017: FSx restores need overrides AWS Backup cannot infer: <c>subnetIds</c> (Lustre, Windows File Server),
/// <c>windowsConfiguration</c> with <c>activeDirectoryId</c> (Windows), <c>ontapConfiguration</c> with
/// <c>storageVirtualMachineId</c> (ONTAP). RTS-018: EC2 and RDS-family restores without a subnet override use the
/// default VPC (an Info: the VPC's state is not in the model). Override values that are deploy-time values are trusted.
/// </summary>
internal sealed class RestoreMetadataNeededOverrides : IValidator<RestoreTestingSelection>
{
    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        var type = RestoreTestingFacts.TypeOf(selection);
        var overrides = RestoreTestingFacts.Overrides(selection);
        switch (type)
        {
            case ResourceTypeFacts.Fsx:
                CheckFsx(selection, overrides, context);
                break;
            case ResourceTypeFacts.Ec2 when !overrides.ContainsKey("subnetId"):
                context.Report(RestoreTestingConstraints.DefaultNetwork, selection, null, nameof(RestoreTestingSelectionOptions.RestoreMetadataOverrides), "subnetId", "EC2");
                break;
            case ResourceTypeFacts.Rds or ResourceTypeFacts.Aurora or ResourceTypeFacts.DocumentDb or ResourceTypeFacts.Neptune
                when !overrides.ContainsKey("dbSubnetGroupName"):
                context.Report(RestoreTestingConstraints.DefaultNetwork, selection, null, nameof(RestoreTestingSelectionOptions.RestoreMetadataOverrides), "dbSubnetGroupName", type);
                break;
        }
    }

    private static void CheckFsx(RestoreTestingSelection selection, IReadOnlyDictionary<string, string> overrides, ValidationContext context)
    {
        const string Property = nameof(RestoreTestingSelectionOptions.RestoreMetadataOverrides);
        var hasSubnets = overrides.ContainsKey("subnetIds");
        var windows = overrides.GetValueOrDefault("windowsConfiguration");
        var ontap = overrides.GetValueOrDefault("ontapConfiguration");
        if (!hasSubnets && ontap is null && !OnlyVolumes(selection))
        {
            context.Report(RestoreTestingConstraints.FsxRequiredOverrides, selection, null, Property,
                "RestoreMetadataOverrides has neither subnetIds nor ontapConfiguration",
                "Set subnetIds for FSx for Lustre and Windows File Server (with windowsConfiguration and its activeDirectoryId for Windows), or ontapConfiguration with storageVirtualMachineId for ONTAP; only FSx for OpenZFS needs none of them");
            return;
        }

        if (windows is not null)
        {
            if (!hasSubnets)
            {
                context.Report(RestoreTestingConstraints.FsxRequiredOverrides, selection, null, Property,
                    "RestoreMetadataOverrides has windowsConfiguration but no subnetIds, which FSx for Windows File Server restores need",
                    "Add subnetIds");
            }

            if (Lacks(windows, "activeDirectoryId"))
            {
                context.Report(RestoreTestingConstraints.FsxRequiredOverrides, selection, null, PropertyPath.Of(Property).Item("windowsConfiguration"),
                    "The windowsConfiguration override has no activeDirectoryId, which FSx for Windows File Server restores need",
                    "Add activeDirectoryId to windowsConfiguration");
            }
        }

        if (ontap is not null && Lacks(ontap, "storageVirtualMachineId"))
        {
            context.Report(RestoreTestingConstraints.FsxRequiredOverrides, selection, null, PropertyPath.Of(Property).Item("ontapConfiguration"),
                "The ontapConfiguration override has no storageVirtualMachineId, which FSx for ONTAP restores need",
                "Add storageVirtualMachineId to ontapConfiguration");
        }
    }

    /// <summary>Whether a known nested override value (JSON text) does not mention <paramref name="key"/>.</summary>
    private static bool Lacks(string value, string key) =>
        !Token.IsUnresolved(value) && !value.Contains(key, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the selection lists only FSx volumes (ONTAP or OpenZFS), which need no subnetIds.</summary>
    private static bool OnlyVolumes(RestoreTestingSelection selection)
    {
        var arns = selection.Options.ProtectedResourceArns ?? [];
        return arns.Count > 0 && arns.All(a => Arn.TryParse(a) is { Service: "fsx" } arn && arn.Resource.StartsWith("volume/", StringComparison.Ordinal));
    }
}
