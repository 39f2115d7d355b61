using Amazon.CDK;
using CdkApp;

// The CDK app of the repository's cdk.json: `npx cdk synth --no-notices` (no AWS account needed).
// `npx cdk synth -c broken=true` synthesizes a variant with two mistakes: synth fails with Backup.Iac's diagnostics.
var app = new App();
var broken = app.Node.TryGetContext("broken")?.ToString() is { } flag && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
ProdApp.Build(app, broken);
try
{
    app.Synth();
    return 0;
}
catch (Exception e) when (e.Message.Contains("Validation failed", StringComparison.Ordinal))
{
    // The CDK's validation (Backup.Iac's errors among it): print the message, not a .NET stack trace.
    await Console.Error.WriteLineAsync(e.Message.StartsWith("Error: ", StringComparison.Ordinal) ? e.Message[7..] : e.Message).ConfigureAwait(false);
    return 1;
}
