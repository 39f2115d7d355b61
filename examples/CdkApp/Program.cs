using Amazon.CDK;
using CdkApp;

// The CDK app of the repository's cdk.json: `npx cdk synth --no-notices` (no AWS account needed).
// `npx cdk synth -c broken=true` synthesizes a variant with two mistakes: synth fails with Backup.Iac's diagnostics.
var app = new App();
var broken = app.Node.TryGetContext("broken")?.ToString() is { } flag && flag.Equals("true", StringComparison.OrdinalIgnoreCase);
ProdApp.Build(app, broken);
app.Synth();
