using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeBase.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Curation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MergedIntoSlug",
                table: "TaxonomyTerms",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAt",
                table: "TaxonomyTerms",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "InitiativeId",
                table: "IndexTasks",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "DossierId",
                table: "IndexTasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "IndexTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ContentGaps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NotedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NotedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentGaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EditorialLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Area = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditorialLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SearchQueries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Searches = table.Column<int>(type: "INTEGER", nullable: false),
                    Results = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchQueries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SynonymGroups",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Expressions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SynonymGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DossierCitations",
                columns: table => new
                {
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    InitiativeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierCitations", x => new { x.DossierId, x.InitiativeId });
                    table.ForeignKey(
                        name: "FK_DossierCitations_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierRevisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsExample = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Card_Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Card_Teaser = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Card_ItemCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Card_ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CurrentRevisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedRevisionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dossiers_DossierRevisions_CurrentRevisionId",
                        column: x => x.CurrentRevisionId,
                        principalTable: "DossierRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_DossierRevisions_PublishedRevisionId",
                        column: x => x.PublishedRevisionId,
                        principalTable: "DossierRevisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FeaturedItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiativeId = table.Column<long>(type: "INTEGER", nullable: true),
                    DossierId = table.Column<long>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeaturedItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeaturedItems_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeaturedItems_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndexTasks_DossierId",
                table: "IndexTasks",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_ContentGaps_ResolvedAt",
                table: "ContentGaps",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DossierCitations_InitiativeId",
                table: "DossierCitations",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierRevisions_DossierId_Number",
                table: "DossierRevisions",
                columns: new[] { "DossierId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CurrentRevisionId",
                table: "Dossiers",
                column: "CurrentRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_PublishedRevisionId",
                table: "Dossiers",
                column: "PublishedRevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_Slug",
                table: "Dossiers",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_State",
                table: "Dossiers",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_EditorialLog_At",
                table: "EditorialLog",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_FeaturedItems_DossierId",
                table: "FeaturedItems",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_FeaturedItems_InitiativeId",
                table: "FeaturedItems",
                column: "InitiativeId");

            migrationBuilder.CreateIndex(
                name: "IX_FeaturedItems_Position",
                table: "FeaturedItems",
                column: "Position");

            migrationBuilder.CreateIndex(
                name: "IX_SearchQueries_Day_Query",
                table: "SearchQueries",
                columns: new[] { "Day", "Query" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SynonymGroups_Position",
                table: "SynonymGroups",
                column: "Position");

            migrationBuilder.AddForeignKey(
                name: "FK_DossierCitations_Dossiers_DossierId",
                table: "DossierCitations",
                column: "DossierId",
                principalTable: "Dossiers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_DossierRevisions_Dossiers_DossierId",
                table: "DossierRevisions",
                column: "DossierId",
                principalTable: "Dossiers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DossierRevisions_Dossiers_DossierId",
                table: "DossierRevisions");

            migrationBuilder.DropTable(
                name: "ContentGaps");

            migrationBuilder.DropTable(
                name: "DossierCitations");

            migrationBuilder.DropTable(
                name: "EditorialLog");

            migrationBuilder.DropTable(
                name: "FeaturedItems");

            migrationBuilder.DropTable(
                name: "SearchQueries");

            migrationBuilder.DropTable(
                name: "SynonymGroups");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "DossierRevisions");

            migrationBuilder.DropIndex(
                name: "IX_IndexTasks_DossierId",
                table: "IndexTasks");

            migrationBuilder.DropColumn(
                name: "MergedIntoSlug",
                table: "TaxonomyTerms");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "TaxonomyTerms");

            migrationBuilder.DropColumn(
                name: "DossierId",
                table: "IndexTasks");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "IndexTasks");

            migrationBuilder.AlterColumn<long>(
                name: "InitiativeId",
                table: "IndexTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
