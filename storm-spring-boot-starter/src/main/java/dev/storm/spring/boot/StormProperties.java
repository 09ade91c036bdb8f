package dev.storm.spring.boot;

import dev.storm.InvalidValueException;
import dev.storm.TableDefinition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The {@code storm.*} settings of a Spring Boot application. Immutable and thread-safe.
 *
 * <pre>{@code
 * storm.table-name=shop            # else the DB_TABLE_NAME environment variable
 * storm.endpoint=http://localhost:8000
 * storm.region=eu-west-1
 * storm.create-table=true          # create the standard table at start-up when it is absent
 * storm.index-count=2              # GSIs of a table created at start-up
 * }</pre>
 *
 * @param tableName the table every STORM call uses; when unset, the {@code DB_TABLE_NAME} environment variable
 * @param endpoint the URL of DynamoDB Local or another compatible endpoint; only for a client the starter builds
 * @param region the AWS region; only for a client the starter builds (else the SDK's default region chain)
 * @param createTable whether to create the standard table at start-up when it does not exist
 * @param indexCount how many global secondary indexes a table created at start-up has, 0 to 20
 */
@ConfigurationProperties("storm")
public record StormProperties(
        String tableName,
        String endpoint,
        String region,
        @DefaultValue("false") boolean createTable,
        @DefaultValue("1") int indexCount) {

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * The table name in effect: {@code storm.table-name}, else {@code DB_TABLE_NAME}, checked as DynamoDB would.
     *
     * @param environmentTableName the value of {@code DB_TABLE_NAME}, or null
     * @return the table name
     * @throws InvalidConfigurationPropertyValueException naming {@code storm.table-name} when neither is usable
     */
    String resolveTableName(String environmentTableName) {
        String name = tableName != null ? tableName : environmentTableName;
        if (name == null || name.isBlank()) {
            throw new InvalidConfigurationPropertyValueException("storm.table-name", name,
                    "STORM needs a table: set storm.table-name (or the DB_TABLE_NAME environment variable).");
        }
        try {
            TableDefinition.standard(name, checkedIndexCount());
        } catch (InvalidValueException e) {
            throw new InvalidConfigurationPropertyValueException(
                    tableName != null ? "storm.table-name" : "DB_TABLE_NAME", name, e.getMessage());
        }
        return name;
    }

    /**
     * The endpoint as a URI, or null when unset.
     *
     * @throws InvalidConfigurationPropertyValueException naming {@code storm.endpoint} when it is no http(s) URL
     */
    URI endpointUri() {
        if (endpoint == null) {
            return null;
        }
        try {
            URI uri = new URI(endpoint.trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, as for a URL without scheme or host
        }
        throw new InvalidConfigurationPropertyValueException("storm.endpoint", endpoint,
                "storm.endpoint must be an http or https URL with a host, such as http://localhost:8000.");
    }

    /**
     * The region, or null when unset.
     *
     * @throws InvalidConfigurationPropertyValueException naming {@code storm.region} when it is no region name
     */
    String checkedRegion() {
        if (region == null) {
            return null;
        }
        if (!REGION.matcher(region).matches()) {
            throw new InvalidConfigurationPropertyValueException("storm.region", region,
                    "storm.region must be an AWS region name such as eu-west-1.");
        }
        return region;
    }

    /**
     * The index count.
     *
     * @throws InvalidConfigurationPropertyValueException naming {@code storm.index-count} when out of range
     */
    int checkedIndexCount() {
        if (indexCount < 0 || indexCount > TableDefinition.MAX_INDEX_COUNT) {
            throw new InvalidConfigurationPropertyValueException("storm.index-count", indexCount,
                    "storm.index-count must be from 0 to " + TableDefinition.MAX_INDEX_COUNT + ".");
        }
        return indexCount;
    }
}
