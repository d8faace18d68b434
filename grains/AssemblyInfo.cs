using System.Runtime.CompilerServices;

// Query tests EXPLAIN the exact SQL the list queries run.
[assembly: InternalsVisibleTo("LiveSales.Grains.Tests")]
