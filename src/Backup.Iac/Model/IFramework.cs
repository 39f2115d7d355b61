namespace Backup.Iac;

/// <summary>A framework that a report plan can cover: one of this app (<see cref="Framework"/>) or one deployed elsewhere (<see cref="Framework.FromArn"/>).</summary>
public interface IFramework
{
    /// <summary>The framework's ARN (a deploy-time value for a framework of this app).</summary>
    string FrameworkArn { get; }
}
