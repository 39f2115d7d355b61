// The jsii runtime is one Node.js process per test process, and it unpacks its modules once on first use: two test
// classes starting it at the same moment collide, so the tests run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
