namespace Nexus.Documents;
