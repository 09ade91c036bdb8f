package dev.storm.internal.codec;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** byte[] as B. Both directions copy, so the caller's array and the attribute never share state. */
final class BytesCodec implements Codec<byte[]> {

    static final BytesCodec INSTANCE = new BytesCodec();

    private BytesCodec() {
    }

    @Override
    public AttributeValue encode(byte[] value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray(value));
    }

    @Override
    public byte[] decode(AttributeValue value) {
        SdkBytes bytes = value.b();
        if (bytes == null) {
            throw Attributes.mismatch(value, "B", "byte[]");
        }
        return bytes.asByteArray();
    }
}
