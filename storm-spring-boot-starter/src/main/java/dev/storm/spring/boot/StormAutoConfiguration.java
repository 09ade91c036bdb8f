package dev.storm.spring.boot;

import dev.storm.Storm;
import dev.storm.StormException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Auto-configuration of STORM in a Spring Boot application: a {@link Storm} bean on the application's own
 * {@link DynamoDbClient} bean when it has one, else on a client built from {@link StormProperties}; the process-wide
 * default set from it, so that {@code User.objects} works; and, with {@code storm.create-table=true}, the table
 * created at start-up when absent. A setting that cannot work fails start-up with a message naming the property.
 */
@AutoConfiguration
@ConditionalOnClass({Storm.class, DynamoDbClient.class})
@EnableConfigurationProperties(StormProperties.class)
public class StormAutoConfiguration {

    /** The name of the client bean the starter builds. */
    static final String STARTER_CLIENT = "stormDynamoDbClient";

    private static final Log LOG = LogFactory.getLog(StormAutoConfiguration.class);

    /** Creates the configuration; Spring Boot does this. */
    public StormAutoConfiguration() {
    }

    /**
     * The client the starter builds when the application has neither a client nor a {@link Storm} of its own:
     * {@code storm.endpoint} and {@code storm.region} when set, else the SDK's default endpoint and region chain;
     * credentials always from the SDK's default chain. Closed with the application context.
     *
     * @param properties the settings
     * @return the client
     */
    @Bean(STARTER_CLIENT)
    @ConditionalOnMissingBean({DynamoDbClient.class, Storm.class})
    public DynamoDbClient stormDynamoDbClient(StormProperties properties) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder();
        if (properties.endpointUri() != null) {
            builder.endpointOverride(properties.endpointUri());
        }
        builder.region(properties.checkedRegion() != null ? Region.of(properties.checkedRegion()) : defaultRegion());
        return builder.build();
    }

    private static Region defaultRegion() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            throw new InvalidConfigurationPropertyValueException("storm.region", null,
                    "No AWS region is configured: set storm.region, or a region for the AWS SDK's default chain "
                            + "(AWS_REGION, the aws.region system property or the profile's region).");
        }
    }

    /**
     * The STORM instance on the application's client (or the starter's) and the configured table, creating the
     * table first when {@code storm.create-table} asks for it.
     *
     * @param client the application's client, or the starter's
     * @param properties the settings
     * @param environment where {@code DB_TABLE_NAME} is read when {@code storm.table-name} is unset
     * @param beans to tell the application's client from the starter's
     * @param embedded present on an embedded server, where the table is always created when absent
     * @return the instance
     */
    @Bean
    @ConditionalOnMissingBean
    public Storm storm(DynamoDbClient client, StormProperties properties, Environment environment,
            ListableBeanFactory beans, ObjectProvider<EmbeddedTable> embedded) {
        String tableName = properties.resolveTableName(environment.getProperty("DB_TABLE_NAME"));
        boolean clientSettings = properties.endpointUri() != null | properties.checkedRegion() != null;
        if (clientSettings && !beans.containsBeanDefinition(STARTER_CLIENT)) {
            LOG.warn("storm.endpoint and storm.region apply only to a client the STORM starter builds; "
                    + "the application's own DynamoDbClient bean is used as it is.");
        }
        if (properties.createTable() || embedded.getIfAvailable() != null) {
            try {
                StandardTable.createIfAbsent(client, tableName, properties.checkedIndexCount());
            } catch (SdkException e) {
                throw new StormException("storm.create-table is set, but table '" + tableName
                        + "' could not be checked or created: " + e.getMessage(), e);
            }
        }
        return Storm.builder().client(client).tableName(tableName).build();
    }

    /**
     * Makes the {@link Storm} bean the process-wide default of {@code ConnectionManager}, for the models' static
     * managers ({@code User.objects}) and instance methods, until the context closes.
     *
     * @param storm the instance
     * @return the registration, undone when the context closes
     */
    @Bean
    public ProcessDefault stormProcessDefault(Storm storm) {
        return ProcessDefault.install(storm);
    }
}
