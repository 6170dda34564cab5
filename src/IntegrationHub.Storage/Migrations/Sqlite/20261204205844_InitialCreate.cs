using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationHub.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiConnections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiConnections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuthenticationMethods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ReadOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    SettingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuthenticationMethods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversationClientData",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DataId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProtectedAuthJson = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    StreamId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationClientData", x => x.ConversationId);
                });

            migrationBuilder.CreateTable(
                name: "ConnectionEnvironments",
                columns: table => new
                {
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Environment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    AuthenticationMethodId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConnectionEnvironments", x => new { x.ConnectionId, x.Environment });
                    table.ForeignKey(
                        name: "FK_ConnectionEnvironments_ApiConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "ApiConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConnectionEnvironments_AuthenticationMethods_AuthenticationMethodId",
                        column: x => x.AuthenticationMethodId,
                        principalTable: "AuthenticationMethods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConversationTokens",
                columns: table => new
                {
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthenticationMethodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DataId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedAccessToken = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedRefreshToken = table.Column<string>(type: "TEXT", nullable: true),
                    ExpiresAtUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationTokens", x => new { x.ConversationId, x.AuthenticationMethodId });
                    table.ForeignKey(
                        name: "FK_ConversationTokens_ConversationClientData_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "ConversationClientData",
                        principalColumn: "ConversationId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiConnections_Name",
                table: "ApiConnections",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Name",
                table: "ApiKeys",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuthenticationMethods_Name",
                table: "AuthenticationMethods",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionEnvironments_AuthenticationMethodId",
                table: "ConnectionEnvironments",
                column: "AuthenticationMethodId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "ConnectionEnvironments");

            migrationBuilder.DropTable(
                name: "ConversationTokens");

            migrationBuilder.DropTable(
                name: "ApiConnections");

            migrationBuilder.DropTable(
                name: "AuthenticationMethods");

            migrationBuilder.DropTable(
                name: "ConversationClientData");
        }
    }
}
