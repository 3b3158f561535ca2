using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Nexus.Documents.Tests")]
