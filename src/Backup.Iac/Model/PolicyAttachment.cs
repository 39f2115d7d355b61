namespace Backup.Iac;

/// <summary>A backup policy attached to a node of an <see cref="OrganizationTree"/>.</summary>
/// <param name="Target">The node.</param>
/// <param name="Name">The policy's name (the construct path for a <see cref="BackupPolicy"/>).</param>
/// <param name="Document">The policy document.</param>
/// <param name="Policy">The construct, or null for a document attached with <see cref="OrganizationTree.Attach"/>.</param>
public sealed record PolicyAttachment(OrganizationNode Target, string Name, BackupPolicyDocument Document, BackupPolicy? Policy);
