using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Nexus.Documents.Tests")]
[assembly: InternalsVisibleTo("Nexus.Documents.Bench")]
