package org.tonus.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the server lets a request in flight finish, then refuses new connections. */
class GracefulShutdownTest {

  @Test
  void aRequestInFlightCompletesWhenStopIsCalled(@TempDir Path data) throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    RunningServer running =
        new RunningServer(
            data,
            builder ->
                builder
                    .insecureCdsDevelopment(true)
                    .cdsHookHandler(
                        (id, request) -> {
                          entered.countDown();
                          try {
                            release.await(10, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          ObjectNode cards = RunningServer.JSON.createObjectNode();
                          cards.putArray("cards");
                          return cards;
                        }));
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(
            () ->
                running.postJson(
                    "/cds-services/tonus-order-sign",
                    "{\"hook\": \"order-sign\", \"hookInstance\": \"1\", \"context\": {}}"));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    java.net.URI health = running.uri("/api/health");

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(running::close);
    Thread.sleep(300);
    assertThat(stopping).isNotDone();
    release.countDown();

    assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    stopping.get(15, TimeUnit.SECONDS);
    assertThatThrownBy(
            () ->
                running.client.send(
                    HttpRequest.newBuilder(health).GET().build(),
                    HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(ConnectException.class);
  }
}
