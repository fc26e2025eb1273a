package kz.etalon.account.directory;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Account;

/**
 * The authorization code flow with PKCE against the organisation's OpenID Connect provider: where to send
 * the browser, then the code exchanged for an ID token whose signature (the provider's published keys),
 * issuer, audience, nonce and expiry are checked before its groups claim gives the role and city.
 */
public final class OidcClient {

    private static final int TIMEOUT_MILLIS = 5000;

    /** What the provider's answer gives. */
    public sealed interface Answer {
        record Granted(Account account) implements Answer {
        }

        record NoGroup(String name) implements Answer {
        }

        /** The code or token was refused or did not check out (why is for the log, not the visitor). */
        record Refused(String why) implements Answer {
        }

        record Unavailable(String why) implements Answer {
        }
    }

    /** What the browser is sent to, and what must be kept until it comes back. */
    public record Start(URI authorize, String state, String nonce, String verifier) {
    }

    private final OidcSettings settings;
    private volatile Provider provider;

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    public OidcClient(OidcSettings settings) {
        this.settings = settings;
    }

    public OidcSettings settings() {
        return settings;
    }

    /** A new state, nonce and PKCE verifier, and the provider's authorization address carrying them. */
    public Start start() throws Unreachable {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        AuthenticationRequest request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid", "profile"), new ClientID(settings.clientId()), settings.callback())
                .endpointURI(provider().metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256).build();
        return new Start(request.toURI(), state.getValue(), nonce.getValue(), verifier.getValue());
    }

    /** The code from the callback exchanged and its ID token checked against the nonce sent with it. */
    public Answer finish(String code, String nonce, String verifier) {
        try {
            Provider known = provider();
            TokenRequest request = new TokenRequest(known.metadata().getTokenEndpointURI(),
                    new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), settings.callback(), new CodeVerifier(verifier)));
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = OIDCTokenResponseParser.parse(http.send());
            if (!response.indicatesSuccess()) {
                return new Answer.Refused("token endpoint: " + response.toErrorResponse().getErrorObject().getDescription());
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
            IDTokenClaimsSet claims = known.validator().validate(tokens.getOIDCTokens().getIDToken(), new Nonce(nonce));
            return role(claims);
        } catch (Unreachable e) {
            return new Answer.Unavailable(e.getMessage());
        } catch (java.io.IOException e) {
            return new Answer.Unavailable(e.toString());
        } catch (com.nimbusds.oauth2.sdk.ParseException | com.nimbusds.jose.JOSEException
                 | com.nimbusds.jose.proc.BadJOSEException | RuntimeException e) {
            return new Answer.Refused(e.toString());
        }
    }

    private Answer role(IDTokenClaimsSet claims) {
        String name = Optional.ofNullable(claims.getStringClaim("preferred_username")).orElse(claims.getSubject().getValue());
        List<String> memberOf = groups(claims.getClaim(settings.groupsClaim()));
        return settings.groups().stream().filter(group -> memberOf.contains(group.name())).findFirst()
                .<Answer>map(group -> new Answer.Granted(new Account(name, group.role(), group.city())))
                .orElseGet(() -> new Answer.NoGroup(name));
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return claim instanceof String one ? List.of(one) : List.of();
    }

    /** The provider's metadata, read once it answers (not at start, so a provider down then is no reason to stop). */
    private Provider provider() throws Unreachable {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        try {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()), TIMEOUT_MILLIS,
                    TIMEOUT_MILLIS);
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL(),
                    new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
            provider = new Provider(metadata, validator);
            return provider;
        } catch (java.io.IOException | com.nimbusds.oauth2.sdk.GeneralException | RuntimeException e) {
            throw new Unreachable("cannot read " + settings.issuer() + "/.well-known/openid-configuration: " + e.getMessage());
        }
    }

    /** The provider's discovery document could not be read. */
    public static final class Unreachable extends Exception {
        Unreachable(String why) {
            super(why);
        }
    }
}
