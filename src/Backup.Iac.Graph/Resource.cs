using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Backup.Iac.Graph;

/// <summary>What happens to a physical resource when its stack deletes or replaces it.</summary>
public enum RemovalPolicy
{
    /// <summary>The resource is deleted.</summary>
    Destroy,

    /// <summary>The resource is kept in the account, orphaned from the stack.</summary>
    Retain,
}

/// <summary>One deployable resource of the graph.</summary>
/// <param name="LogicalId">The stable logical ID, derived from <paramref name="Path"/> by <see cref="LogicalIds"/>.</param>
/// <param name="Type">The resource type; see <see cref="ResourceTypes"/>.</param>
/// <param name="Path">The construct path of the resource within its stack, e.g. <c>Primary/Resource</c>.</param>
/// <param name="Properties">The properties.</param>
public sealed record Resource(string LogicalId, string Type, string Path, MapValue Properties)
{
    /// <summary>Logical IDs this resource must be created after (beyond those implied by references).</summary>
    public ImmutableArray<string> DependsOn { get; init; } = [];

    /// <summary>What happens on stack deletion. <c>null</c> means the target's default (delete).</summary>
    public RemovalPolicy? RemovalPolicy { get; init; }

    /// <inheritdoc />
    public bool Equals(Resource? other) =>
        other is not null && LogicalId == other.LogicalId && Type == other.Type && Path == other.Path
        && Properties.Equals(other.Properties) && DependsOn.SequenceEqual(other.DependsOn) && RemovalPolicy == other.RemovalPolicy;

    /// <inheritdoc />
    public override int GetHashCode() => LogicalId.GetHashCode(StringComparison.Ordinal);
}

/// <summary>The resources of one stack, ready for an emitter.</summary>
/// <param name="StackName">The stack's name; output files are named after it.</param>
/// <param name="Resources">The resources, ordered by logical ID (ordinal).</param>
public sealed record ResourceGraph(string StackName, ImmutableArray<Resource> Resources)
{
    /// <summary>A description of the stack, if any.</summary>
    public string? Description { get; init; }

    /// <summary>The Region the stack is bound to, or null when it is chosen at deploy time.</summary>
    public string? Region { get; init; }

    /// <summary>The stack's parameters (values given at deploy time), ordered by name.</summary>
    public ImmutableArray<Parameter> Parameters { get; init; } = [];

    /// <summary>Each graph's resources by logical ID, built on the first lookup (kept outside the record so that equality and <c>with</c> ignore it).</summary>
    private static readonly ConditionalWeakTable<ResourceGraph, Dictionary<string, Resource>> Indexes = [];

    /// <summary>The resource with a logical ID, or null (a dictionary lookup).</summary>
    /// <param name="logicalId">The logical ID.</param>
    /// <returns>The resource, or null.</returns>
    public Resource? Find(string logicalId) =>
        Indexes.GetValue(this, static graph =>
        {
            var index = new Dictionary<string, Resource>(graph.Resources.Length, StringComparer.Ordinal);
            foreach (var resource in graph.Resources)
            {
                index.TryAdd(resource.LogicalId, resource); // the first, as a linear search would find
            }

            return index;
        }).GetValueOrDefault(logicalId);
}

/// <summary>
/// The resource types the graph uses. They are named as in CloudFormation, which every emitter maps from. The AWS
/// Backup types are generated from their schemas (<c>Generated/ResourceTypes.g.cs</c>); the others are listed here.
/// </summary>
public static partial class ResourceTypes
{
    /// <summary>An IAM role (the generated backup role of a selection).</summary>
    public const string IamRole = "AWS::IAM::Role";

    /// <summary>An AWS Config configuration recorder (resource tracking for Audit Manager).</summary>
    public const string ConfigurationRecorder = "AWS::Config::ConfigurationRecorder";

    /// <summary>An AWS Config delivery channel.</summary>
    public const string ConfigDeliveryChannel = "AWS::Config::DeliveryChannel";

    /// <summary>An IAM service-linked role.</summary>
    public const string ServiceLinkedRole = "AWS::IAM::ServiceLinkedRole";

    /// <summary>An SNS topic policy (the policy a vault's <c>CreateTopicPolicy</c> writes so that AWS Backup may publish to the topic).</summary>
    public const string SnsTopicPolicy = "AWS::SNS::TopicPolicy";

    /// <summary>An AWS Organizations policy; Backup.Iac writes those of type <c>BACKUP_POLICY</c>, with <c>Content</c> as a map.</summary>
    public const string OrganizationsPolicy = "AWS::Organizations::Policy";

    /// <summary>A CloudFormation StackSet (the member template of an organization-wide rollout, deployed to OUs and Regions).</summary>
    public const string StackSet = "AWS::CloudFormation::StackSet";

    /// <summary>The prefix of the types of Backup.Iac's own, for what CloudFormation has no type for (<c>Backup::</c>).</summary>
    public const string OwnTypePrefix = "Backup::";

    /// <summary>The account's global settings; no CloudFormation type exists (a neutral name).</summary>
    public const string GlobalSettings = "Backup::GlobalSettings";

    /// <summary>The Region's settings; no CloudFormation type exists (a neutral name).</summary>
    public const string RegionSettings = "Backup::RegionSettings";
}
