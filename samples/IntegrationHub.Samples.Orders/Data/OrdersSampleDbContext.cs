using Microsoft.EntityFrameworkCore;

namespace IntegrationHub.Samples.Orders.Data;

/// <summary>
/// EF Core context that stores the OpenIddict applications, authorizations, scopes and tokens.
/// </summary>
internal sealed class OrdersSampleDbContext(DbContextOptions<OrdersSampleDbContext> options) : DbContext(options);
