using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Nexus.Web.Infrastructure.Database;

/// <summary>Stores instants as Unix milliseconds so SQLite can index, compare and order them.</summary>
public sealed class DateTimeOffsetToUnixMillisecondsConverter()
    : ValueConverter<DateTimeOffset, long>(
        value => value.ToUnixTimeMilliseconds(),
        value => DateTimeOffset.FromUnixTimeMilliseconds(value));
